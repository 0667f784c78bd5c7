from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'speech.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_title = resolve('title')
    l_0_plan = resolve('plan')
    l_0_subtitle = resolve('subtitle')
    l_0_salutation = resolve('salutation')
    l_0_paragraph = resolve('paragraph')
    l_0_heading = resolve('heading')
    try:
        t_1 = environment.filters['sentence']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'sentence' found.")
    pass
    yield str(environment.call(context, (undefined(name='title') if l_0_title is missing else l_0_title), environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'title')))
    yield '\n'
    if environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'speech'), 'speaker'):
        pass
        yield str(environment.call(context, (undefined(name='subtitle') if l_0_subtitle is missing else l_0_subtitle), str_join(((str_join((environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'org'), environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'speech'), 'speaker_title'), '\u3000', )) if environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'speech'), 'speaker_title') else ''), environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'speech'), 'speaker'), ))))
        yield '\n'
    if environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'speech'), 'date'):
        pass
        yield str(environment.call(context, (undefined(name='subtitle') if l_0_subtitle is missing else l_0_subtitle), str_join(('（', environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'speech'), 'date'), '）', ))))
        yield '\n'
    yield str(environment.call(context, (undefined(name='salutation') if l_0_salutation is missing else l_0_salutation), environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'speech'), 'salutation')))
    yield '\n'
    yield str(environment.call(context, (undefined(name='paragraph') if l_0_paragraph is missing else l_0_paragraph), (environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'speech'), 'opening') or environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'preamble'))))
    yield '\n'
    if environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'parts'), 'review'):
        pass
        yield str(environment.call(context, (undefined(name='heading') if l_0_heading is missing else l_0_heading), 1, str_join(((environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'year') - 1), '年工作回顾', )), environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'parts'), 'review')))
        yield '\n'
        for l_1_item in environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'review'):
            l_1_measure = resolve('measure')
            _loop_vars = {}
            pass
            yield str(environment.call(context, (undefined(name='measure') if l_1_measure is missing else l_1_measure), 2, t_1(environment.getattr(l_1_item, 'title')), t_1(environment.getattr(l_1_item, 'text')), environment.getattr(l_1_item, 'number'), _loop_vars=_loop_vars))
            yield '\n'
        l_1_item = l_1_measure = missing
    if environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'parts'), 'problems'):
        pass
        yield str(environment.call(context, (undefined(name='heading') if l_0_heading is missing else l_0_heading), 1, '存在的主要问题', environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'parts'), 'problems')))
        yield '\n'
        for l_1_item in environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'problems'):
            l_1_measure = resolve('measure')
            _loop_vars = {}
            pass
            yield str(environment.call(context, (undefined(name='measure') if l_1_measure is missing else l_1_measure), 2, t_1(environment.getattr(l_1_item, 'title')), t_1(environment.getattr(l_1_item, 'text')), environment.getattr(l_1_item, 'number'), _loop_vars=_loop_vars))
            yield '\n'
        l_1_item = l_1_measure = missing
    if environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'parts'), 'tasks'):
        pass
        yield str(environment.call(context, (undefined(name='heading') if l_0_heading is missing else l_0_heading), 1, str_join((environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'year'), '年重点工作任务', )), environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'parts'), 'tasks')))
        yield '\n'
    for l_1_s in environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'sections'):
        _loop_vars = {}
        pass
        yield str(environment.call(context, (undefined(name='heading') if l_0_heading is missing else l_0_heading), environment.getattr(l_1_s, 'level'), environment.getattr(l_1_s, 'title'), environment.getattr(l_1_s, 'number'), _loop_vars=_loop_vars))
        yield '\n'
        yield str(environment.call(context, (undefined(name='paragraph') if l_0_paragraph is missing else l_0_paragraph), environment.getattr(l_1_s, 'text'), _loop_vars=_loop_vars))
        yield '\n'
        for l_2_m in environment.getattr(l_1_s, 'measures'):
            l_2_measure = resolve('measure')
            _loop_vars = {}
            pass
            yield str(environment.call(context, (undefined(name='measure') if l_2_measure is missing else l_2_measure), environment.getattr(l_2_m, 'level'), t_1(environment.getattr(l_2_m, 'title')), t_1(environment.getattr(l_2_m, 'text')), environment.getattr(l_2_m, 'number'), _loop_vars=_loop_vars))
            yield '\n'
        l_2_m = l_2_measure = missing
    l_1_s = missing
    yield str(environment.call(context, (undefined(name='paragraph') if l_0_paragraph is missing else l_0_paragraph), environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'speech'), 'closing')))
    yield '\n'

blocks = {}
debug_info = '4=23&5=25&6=27&8=29&9=31&11=33&12=35&13=37&14=39&15=41&16=45&19=48&20=50&21=52&22=56&25=59&26=61&28=63&29=66&30=68&31=70&32=74&35=78'

# Generated by `make templates` from templates/speech.j2 with Jinja 3.1.6: do not edit.
