from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'workpoints.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_title = resolve('title')
    l_0_plan = resolve('plan')
    l_0_doc_number = resolve('doc_number')
    l_0_paragraph = resolve('paragraph')
    l_0_heading = resolve('heading')
    l_0_signature = resolve('signature')
    l_0_date = resolve('date')
    l_0_note = l_0_targets_note = l_0_targets_prose = missing
    try:
        t_1 = environment.filters['sentence']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'sentence' found.")
    pass
    included_template = environment.get_template('macros.j2', 'workpoints.j2')._get_default_module(context)
    l_0_note = getattr(included_template, 'note', missing)
    if l_0_note is missing:
        l_0_note = undefined(f"the template {included_template.__name__!r} (imported on line 10 in 'workpoints.j2') does not export the requested name 'note'", name='note')
    l_0_targets_note = getattr(included_template, 'targets_note', missing)
    if l_0_targets_note is missing:
        l_0_targets_note = undefined(f"the template {included_template.__name__!r} (imported on line 10 in 'workpoints.j2') does not export the requested name 'targets_note'", name='targets_note')
    l_0_targets_prose = getattr(included_template, 'targets_prose', missing)
    if l_0_targets_prose is missing:
        l_0_targets_prose = undefined(f"the template {included_template.__name__!r} (imported on line 10 in 'workpoints.j2') does not export the requested name 'targets_prose'", name='targets_prose')
    context.vars.update({'note': l_0_note, 'targets_note': l_0_targets_note, 'targets_prose': l_0_targets_prose})
    context.exported_vars.difference_update(('note', 'targets_note', 'targets_prose'))
    yield str(environment.call(context, (undefined(name='title') if l_0_title is missing else l_0_title), environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'title')))
    yield '\n'
    yield str(environment.call(context, (undefined(name='doc_number') if l_0_doc_number is missing else l_0_doc_number), environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'doc_number')))
    yield '\n'
    yield str(environment.call(context, (undefined(name='paragraph') if l_0_paragraph is missing else l_0_paragraph), environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'preamble')))
    yield '\n'
    if environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'parts'), 'ideas'):
        pass
        yield str(environment.call(context, (undefined(name='heading') if l_0_heading is missing else l_0_heading), 1, '工作思路', environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'parts'), 'ideas')))
        yield '\n'
        for l_1_text in environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'ideas'):
            _loop_vars = {}
            pass
            yield str(environment.call(context, (undefined(name='paragraph') if l_0_paragraph is missing else l_0_paragraph), l_1_text, _loop_vars=_loop_vars))
            yield '\n'
        l_1_text = missing
    if environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'parts'), 'goals'):
        pass
        yield str(environment.call(context, (undefined(name='heading') if l_0_heading is missing else l_0_heading), 1, '工作目标', environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'parts'), 'goals')))
        yield '\n'
        yield str(environment.call(context, (undefined(name='paragraph') if l_0_paragraph is missing else l_0_paragraph), str_join((environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'goals'), 'text'), environment.call(context, (undefined(name='targets_prose') if l_0_targets_prose is missing else l_0_targets_prose), environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'goals'), 'targets')), ))))
        yield '\n'
    if environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'parts'), 'measures'):
        pass
        yield str(environment.call(context, (undefined(name='heading') if l_0_heading is missing else l_0_heading), 1, '工作措施', environment.getattr(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'parts'), 'measures')))
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
            yield str(environment.call(context, (undefined(name='measure') if l_2_measure is missing else l_2_measure), environment.getattr(l_2_m, 'level'), t_1(environment.getattr(l_2_m, 'title')), str_join((t_1(environment.getattr(l_2_m, 'text')), (environment.call(context, (undefined(name='targets_note') if l_0_targets_note is missing else l_0_targets_note), environment.getattr(l_2_m, 'targets'), _loop_vars=_loop_vars) if environment.getattr(l_2_m, 'targets') else ''), )), environment.getattr(l_2_m, 'number'), environment.call(context, (undefined(name='note') if l_0_note is missing else l_0_note), l_2_m, _loop_vars=_loop_vars), _loop_vars=_loop_vars))
            yield '\n'
        l_2_m = l_2_measure = missing
    l_1_s = missing
    yield str(environment.call(context, (undefined(name='signature') if l_0_signature is missing else l_0_signature), environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'org')))
    yield '\n'
    yield str(environment.call(context, (undefined(name='date') if l_0_date is missing else l_0_date), environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'issued')))
    yield '\n'

blocks = {}
debug_info = '10=25&11=37&12=39&13=41&14=43&15=45&16=47&17=50&20=53&21=55&22=57&24=59&25=61&27=63&28=66&29=68&30=70&31=74&34=78&35=80'

# Generated by `make templates` from templates/workpoints.j2 with Jinja 3.1.6: do not edit.
