from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'macros.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_note = l_0_target = l_0_targets_note = l_0_targets_prose = missing
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    pass
    def macro(l_1_m):
        t_2 = []
        if l_1_m is missing:
            l_1_m = undefined("parameter 'm' was not provided", name='m')
        pass
        if environment.getattr(l_1_m, 'lead'):
            pass
            t_2.extend((
                '（牵头：',
                str(t_1(context.eval_ctx, environment.getattr(l_1_m, 'lead'), '、')),
            ))
            if environment.getattr(l_1_m, 'support'):
                pass
                t_2.extend((
                    '\u3000配合：',
                    str(t_1(context.eval_ctx, environment.getattr(l_1_m, 'support'), '、')),
                ))
            t_2.append(
                '）',
            )
        return concat(t_2)
    context.exported_vars.add('note')
    context.vars['note'] = l_0_note = Macro(environment, macro, 'note', ('m',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_t):
        t_3 = []
        if l_1_t is missing:
            l_1_t = undefined("parameter 't' was not provided", name='t')
        pass
        t_3.append(
            str(environment.getattr(l_1_t, 'name')),
        )
        if (environment.getattr(l_1_t, 'cmp') == '>='):
            pass
            t_3.extend((
                '达',
                str(environment.getattr(l_1_t, 'value')),
                str(environment.getattr(l_1_t, 'unit')),
                '以上',
            ))
        elif (environment.getattr(l_1_t, 'cmp') == '<='):
            pass
            t_3.extend((
                '控制在',
                str(environment.getattr(l_1_t, 'value')),
                str(environment.getattr(l_1_t, 'unit')),
                '以内',
            ))
        elif (environment.getattr(l_1_t, 'cmp') == '>'):
            pass
            t_3.extend((
                '超过',
                str(environment.getattr(l_1_t, 'value')),
                str(environment.getattr(l_1_t, 'unit')),
            ))
        elif (environment.getattr(l_1_t, 'cmp') == '<'):
            pass
            t_3.extend((
                '低于',
                str(environment.getattr(l_1_t, 'value')),
                str(environment.getattr(l_1_t, 'unit')),
            ))
        else:
            pass
            t_3.extend((
                '达到',
                str(environment.getattr(l_1_t, 'value')),
                str(environment.getattr(l_1_t, 'unit')),
            ))
        return concat(t_3)
    context.exported_vars.add('target')
    context.vars['target'] = l_0_target = Macro(environment, macro, 'target', ('t',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_targets):
        t_4 = []
        if l_1_targets is missing:
            l_1_targets = undefined("parameter 'targets' was not provided", name='targets')
        pass
        if l_1_targets:
            pass
            t_4.append(
                '（目标：',
            )
            l_2_loop = missing
            for l_2_t, l_2_loop in LoopContext(l_1_targets, undefined):
                _loop_vars = {}
                pass
                t_4.extend((
                    str(environment.call(context, (undefined(name='target') if l_0_target is missing else l_0_target), l_2_t, _loop_vars=_loop_vars)),
                    str(('' if environment.getattr(l_2_loop, 'last') else '；')),
                ))
            l_2_loop = l_2_t = missing
            t_4.append(
                '）',
            )
        return concat(t_4)
    context.exported_vars.add('targets_note')
    context.vars['targets_note'] = l_0_targets_note = Macro(environment, macro, 'targets_note', ('targets',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_targets):
        t_5 = []
        if l_1_targets is missing:
            l_1_targets = undefined("parameter 'targets' was not provided", name='targets')
        pass
        l_2_loop = missing
        for l_2_t, l_2_loop in LoopContext(l_1_targets, undefined):
            _loop_vars = {}
            pass
            t_5.extend((
                str(environment.call(context, (undefined(name='target') if l_0_target is missing else l_0_target), l_2_t, _loop_vars=_loop_vars)),
                str(('。' if environment.getattr(l_2_loop, 'last') else '，')),
            ))
        l_2_loop = l_2_t = missing
        return concat(t_5)
    context.exported_vars.add('targets_prose')
    context.vars['targets_prose'] = l_0_targets_prose = Macro(environment, macro, 'targets_prose', ('targets',), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '7=18&8=23&12=41&13=47&14=49&15=57&16=65&17=72&18=83&23=89&24=94&28=114&29=120'

# Generated by `make templates` from templates/macros.j2 with Jinja 3.1.6: do not edit.
