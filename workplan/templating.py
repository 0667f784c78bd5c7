"""The one Jinja environment: sandboxed, strict, finding `templates/` in a wheel or in the checkout.

Templates are untrusted input (a user may pass any file with --template): they run in jinja2's
SandboxedEnvironment, see only the plain data they are given, may import templates from their own
folder and the built-in ones and nothing else from the disk, and every failure becomes a
WorkplanError naming file:line.
"""

from __future__ import annotations

import re
import traceback
from pathlib import Path

from . import messages
from .errors import WorkplanError
from .model import Pos

DICT_ATTRIBUTES = frozenset(dir(dict))
# Compiled templates, for the life of the process: cache key (name, file) → (source checksum, code).
_COMPILED: dict = {}


class TemplateUsage(ValueError):
    """A template called a block function wrongly; the message is already in the user's language."""


def templates_dir() -> Path:
    """Installed wheels carry the templates as workplan/_data/templates; a checkout has templates/."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "_data" / "templates", here.parent / "templates"):
        if candidate.is_dir():
            return candidate
    raise WorkplanError("templates-missing", path=str(here / "_data" / "templates"))


def folders(user_template: Path | None = None) -> list[Path]:
    """Where `{% import %}` and `{% include %}` look, in order: the user's template's own folder
    (so that an edited macros.j2 beside it is the one used), then the built-in templates."""
    builtin = templates_dir()
    return [Path(user_template).absolute().parent, builtin] if user_template else [builtin]


# A name a template may import: relative, no `..`, no drive (C:) — either slash separates folders.
_UNSAFE_NAME = re.compile(r"^[/\\]|:|(^|[/\\])\.\.([/\\]|$)")


def find_template(name: str, roots: list[Path]) -> Path | None:
    """The first file `name` names in one of `roots`, never one outside them: a symlink out of its
    folder is refused, not passed over for a built-in template of the same name."""
    if not name or _UNSAFE_NAME.search(name):
        return None
    relative = name.replace("\\", "/")
    for root in roots:
        path = root / relative
        if not path.is_file():
            continue
        try:
            return path if path.resolve().is_relative_to(root.resolve()) else None
        except (OSError, RuntimeError):  # a symlink loop
            return None
    return None


def environment(user_template: Path | None = None, globals_: dict | None = None, filters: dict | None = None,
                loaded: set[str] | None = None):
    """A sandboxed environment; `user_template` (a file) is loadable under its own path as name,
    other templates from its folder first, then from the built-in ones (see `folders`).

    Functions go into the environment's globals, so that macros imported from another template
    can call them too. `loaded` collects the file names of the templates read (for error lines)."""
    from jinja2 import BaseLoader, BytecodeCache, StrictUndefined, TemplateNotFound
    from jinja2.sandbox import SandboxedEnvironment

    class Sandbox(SandboxedEnvironment):
        def getattr(self, obj, attribute):
            # The context is plain dicts: `m.title` means m["title"]. Jinja tries the attribute
            # first, and the AttributeError of that miss costs more than the rest of the lookup;
            # a key that no dict attribute shadows gives the same result without it.
            if type(obj) is dict and attribute in obj and attribute not in DICT_ATTRIBUTES:
                return obj[attribute]
            return super().getattr(obj, attribute)

        def call(__self, __context, __obj, *args, **kwargs):  # Jinja's names: no keyword argument clashes
            # The functions given as globals (the block functions) take no context and are safe:
            # called without Jinja's inspection of each callable (3 µs a call, 2,000 calls a plan).
            if (name := own.get(id(__obj))) is not None:
                kwargs.pop("_loop_vars", None)
                kwargs.pop("_block_vars", None)
                try:
                    return __obj(*args, **kwargs)
                except TypeError:
                    if (usage := _wrong_call(name, __obj, args, kwargs)) is None:
                        raise  # a TypeError inside the function: as it is
                    raise usage from None
            return super().call(__context, __obj, *args, **kwargs)

    class Compiled(BytecodeCache):
        # Every render makes a new environment (its block functions are globals), and compiling a
        # template costs more than rendering it: --each-dept would compile tasks.j2 once per
        # department. The code is the same for the same source, which the checksum compares.
        # A built-in template comes compiled with the package (see compiled_templates).
        def get_bucket(self, environment, name, filename, source):
            bucket = super().get_bucket(environment, name, filename, source)
            if bucket.code is None and filename:
                from . import compiled_templates

                bucket.code = compiled_templates.code(name, filename, source)
                if bucket.code is not None:  # kept for the process too, as compiled code is
                    self.dump_bytecode(bucket)
            return bucket

        def load_bytecode(self, bucket):
            checksum, code = _COMPILED.get(bucket.key, (None, None))
            if checksum == bucket.checksum:
                bucket.code = code

        def dump_bytecode(self, bucket):
            _COMPILED[bucket.key] = (bucket.checksum, bucket.code)

    own = {id(value): name for name, value in (globals_ or {}).items() if callable(value)}
    roots = folders(user_template)
    seen = loaded if loaded is not None else set()

    class Loader(BaseLoader):
        def get_source(self, environment, name):
            path = user_template if user_template is not None and name == str(user_template) \
                else find_template(name, roots)
            if path is None:
                raise TemplateNotFound(name)
            filename = str(path)
            seen.add(filename)
            return read_template(path), filename, lambda: True

    env = Sandbox(
        loader=Loader(),
        undefined=StrictUndefined,
        autoescape=False,  # the output is a block stream, not HTML; the HTML writer escapes
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        bytecode_cache=Compiled(),
    )
    env.filters.update(filters or {})
    env.globals.update(globals_ or {})
    return env


def _wrong_call(name: str, function, args, kwargs) -> TemplateUsage | None:
    """How `name` is called, when these arguments do not fit it (a TypeError inside it is no usage error)."""
    import inspect

    signature = inspect.signature(function)
    try:
        signature.bind(*args, **kwargs)
    except TypeError:
        bare = signature.replace(parameters=[p.replace(annotation=p.empty) for p in signature.parameters.values()],
                                 return_annotation=signature.empty)
        return TemplateUsage(messages.t("template-call", name=name, usage=f"{name}{bare}"))
    return None


def read_template(path: Path) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise WorkplanError("file-not-found", path=str(path)) from None
    except IsADirectoryError:
        raise WorkplanError("is-directory", path=str(path)) from None
    except OSError as e:
        raise WorkplanError("unreadable", path=str(path), reason=e.strerror or str(e)) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:  # where: the first character that is not UTF-8 (a GBK 模板 from Notepad)
        from .sources import line_column

        before = data[:e.start].decode("utf-8-sig")
        raise WorkplanError("template-not-utf8", Pos(str(path), *line_column(before, len(before))),
                            path=str(path)) from None


def render(name: str, context: dict, user_template: Path | None = None, globals_: dict | None = None,
           filters: dict | None = None) -> str:
    """Render template `name` (a built-in name, or str(user_template)); errors as WorkplanError."""
    from jinja2 import TemplateError, TemplateNotFound, TemplateSyntaxError
    from jinja2.sandbox import SecurityError

    loaded: set[str] = set()
    env = environment(user_template, globals_, filters, loaded)
    try:
        template = env.get_template(name)
        return template.render(context)
    except TemplateSyntaxError as e:
        raise WorkplanError("template-syntax", _pos(e.filename or e.name, e.lineno),
                            problem=messages.problem(e.message or "")) from None
    except SecurityError as e:
        raise WorkplanError("template-unsafe", _where(e, loaded, user_template), problem=e.message or str(e)) from None
    except TemplateNotFound as e:
        raise WorkplanError("template-not-found", _where(e, loaded, user_template), name=e.name) from None
    except (TemplateError, ArithmeticError, LookupError, TypeError, ValueError, RecursionError) as e:
        # Runtime errors in a template are the template's fault: report its line, never a traceback.
        where = _where(e, loaded, user_template)
        plain = isinstance(e, TemplateUsage) or isinstance(e, TemplateError) and e.message
        said = str(e.message if isinstance(e, TemplateError) else e)
        problem = messages.problem(said, default=None if plain else f"{type(e).__name__}: {e}")
        raise WorkplanError("template-error", where, problem=problem) from None


def _where(e: Exception, loaded: set[str], mine: Path | None = None) -> Pos | None:
    """The innermost template frame of the traceback (jinja maps frames to template lines); with a
    template of the user's (`mine`), the innermost in its folder: a built-in macro called wrongly, or a
    built-in template imported by mistake, is the user's line to change."""
    frames = [f for f in traceback.extract_tb(e.__traceback__) if f.filename in loaded]
    if mine is not None:
        folder = Path(mine).absolute().parent
        frames = [f for f in frames if Path(f.filename).absolute().parent == folder] or frames
    return _pos(frames[-1].filename, frames[-1].lineno) if frames else None


def _pos(filename: str | None, line: int | None) -> Pos | None:
    if not filename:
        return None
    try:
        shown = str(Path(filename).relative_to(Path.cwd()))
    except ValueError:
        shown = filename
    return Pos(shown, line or 1, 1)
