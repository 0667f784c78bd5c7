from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'tasks.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_title = resolve('title')
    l_0_plan = resolve('plan')
    l_0_lead = resolve('lead')
    l_0_support = resolve('support')
    l_0_subtitle = resolve('subtitle')
    l_0_table = resolve('table')
    l_0_namespace = resolve('namespace')
    l_0_targets_note = l_0_current = missing
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_2 = environment.filters['select']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'select' found.")
    pass
    included_template = environment.get_template('macros.j2', 'tasks.j2')._get_default_module(context)
    l_0_targets_note = getattr(included_template, 'targets_note', missing)
    if l_0_targets_note is missing:
        l_0_targets_note = undefined(f"the template {included_template.__name__!r} (imported on line 5 in 'tasks.j2') does not export the requested name 'targets_note'", name='targets_note')
    context.vars['targets_note'] = l_0_targets_note
    context.exported_vars.discard('targets_note')
    yield str(environment.call(context, (undefined(name='title') if l_0_title is missing else l_0_title), str_join((environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'title'), '任务分解表', ))))
    yield '\n'
    if environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'dept'):
        pass
        l_0_lead = (str_join(('牵头', environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'dept_lead'), '项', )) if environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'dept_lead') else '')
        context.vars['lead'] = l_0_lead
        context.exported_vars.add('lead')
        l_0_support = (str_join(('配合', environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'dept_support'), '项', )) if environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'dept_support') else '')
        context.vars['support'] = l_0_support
        context.exported_vars.add('support')
        yield str(environment.call(context, (undefined(name='subtitle') if l_0_subtitle is missing else l_0_subtitle), str_join(('（', environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'dept'), '：', t_1(context.eval_ctx, t_2(context, [(undefined(name='lead') if l_0_lead is missing else l_0_lead), (undefined(name='support') if l_0_support is missing else l_0_support)]), '，'), '）', ))))
        yield '\n'
    yield str(environment.call(context, (undefined(name='table') if l_0_table is missing else l_0_table), ['序号', '工作任务', '具体内容', '牵头单位', '配合单位', '完成时限'], [8, 10, 52, 10, 11, 9], 'cllccc'))
    yield '\n'
    l_0_current = environment.call(context, (undefined(name='namespace') if l_0_namespace is missing else l_0_namespace), section='')
    context.vars['current'] = l_0_current
    context.exported_vars.add('current')
    for l_1_t in environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'tasks'):
        l_1_row = resolve('row')
        _loop_vars = {}
        pass
        if (environment.getattr(l_1_t, 'section_number') != environment.getattr((undefined(name='current') if l_0_current is missing else l_0_current), 'section')):
            pass
            if not isinstance(l_0_current, Namespace):
                raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
            l_0_current['section'] = environment.getattr(l_1_t, 'section_number')
            yield str(environment.call(context, (undefined(name='row') if l_1_row is missing else l_1_row), str_join((environment.getattr(l_1_t, 'section_number'), '、', environment.getattr(l_1_t, 'section'), )), _loop_vars=_loop_vars))
            yield '\n'
        yield str(environment.call(context, (undefined(name='row') if l_1_row is missing else l_1_row), environment.getattr(l_1_t, 'number'), environment.getattr(l_1_t, 'title'), str_join((environment.getattr(l_1_t, 'text'), (environment.call(context, (undefined(name='targets_note') if l_0_targets_note is missing else l_0_targets_note), environment.getattr(l_1_t, 'targets'), _loop_vars=_loop_vars) if environment.getattr(l_1_t, 'targets') else ''), )), t_1(context.eval_ctx, environment.getattr(l_1_t, 'lead'), '、'), t_1(context.eval_ctx, environment.getattr(l_1_t, 'support'), '、'), environment.getattr(l_1_t, 'due'), _loop_vars=_loop_vars))
        yield '\n'
    l_1_t = l_1_row = missing

blocks = {}
debug_info = '5=31&6=37&7=39&8=41&9=44&10=47&12=49&13=51&14=54&15=58&16=62&17=63&19=65'

# Generated by `make templates` from templates/tasks.j2 with Jinja 3.1.6: do not edit.
