"""The one Jinja environment: sandboxed, strict, finding `templates/` in a wheel or in the checkout.

Templates are untrusted input (a user may pass any file with --template): they run in jinja2's
SandboxedEnvironment, see only the plain data they are given, may import the built-in templates
and nothing else from the disk, and every failure becomes a WorkplanError naming file:line.
"""

from __future__ import annotations

import traceback
from pathlib import Path

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


def environment(user_template: Path | None = None, globals_: dict | None = None, filters: dict | None = None):
    """A sandboxed environment; `user_template` (a file) is loadable under its own path as name.

    Functions go into the environment's globals, so that macros imported from another template
    can call them too."""
    from jinja2 import BytecodeCache, ChoiceLoader, FileSystemLoader, FunctionLoader, StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    class Sandbox(SandboxedEnvironment):
        def getattr(self, obj, attribute):
            # The context is plain dicts: `m.title` means m["title"]. Jinja tries the attribute
            # first, and the AttributeError of that miss costs more than the rest of the lookup;
            # a key that no dict attribute shadows gives the same result without it.
            if type(obj) is dict and attribute in obj and attribute not in DICT_ATTRIBUTES:
                return obj[attribute]
            return super().getattr(obj, attribute)

    class Compiled(BytecodeCache):
        # Every render makes a new environment (its block functions are globals), and compiling a
        # template costs more than rendering it: --each-dept would compile tasks.j2 once per
        # department. The code is the same for the same source, which the checksum compares.
        def load_bytecode(self, bucket):
            checksum, code = _COMPILED.get(bucket.key, (None, None))
            if checksum == bucket.checksum:
                bucket.code = code

        def dump_bytecode(self, bucket):
            _COMPILED[bucket.key] = (bucket.checksum, bucket.code)

    def load_user(name: str):
        if user_template is None or name != str(user_template):
            return None
        return read_template(user_template), str(user_template), lambda: True

    env = Sandbox(
        loader=ChoiceLoader([FunctionLoader(load_user), FileSystemLoader(str(templates_dir()), encoding="utf-8")]),
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


def read_template(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise WorkplanError("file-not-found", path=str(path)) from None
    except IsADirectoryError:
        raise WorkplanError("is-directory", path=str(path)) from None
    except UnicodeDecodeError:
        raise WorkplanError("template-not-utf8", path=str(path)) from None
    except OSError as e:
        raise WorkplanError("unreadable", path=str(path), reason=e.strerror or str(e)) from None


def render(name: str, context: dict, user_template: Path | None = None, globals_: dict | None = None,
           filters: dict | None = None) -> str:
    """Render template `name` (a built-in name, or str(user_template)); errors as WorkplanError."""
    from jinja2 import TemplateError, TemplateNotFound, TemplateSyntaxError
    from jinja2.sandbox import SecurityError

    env = environment(user_template, globals_, filters)
    roots = {str(root) for root in (user_template, templates_dir()) if root}
    try:
        template = env.get_template(name)
        return template.render(context)
    except TemplateSyntaxError as e:
        raise WorkplanError("template-syntax", _pos(e.filename or e.name, e.lineno), problem=e.message) from None
    except SecurityError as e:
        raise WorkplanError("template-unsafe", _where(e, roots), problem=e.message or str(e)) from None
    except TemplateNotFound as e:
        raise WorkplanError("template-not-found", _where(e, roots), name=e.name) from None
    except (TemplateError, ArithmeticError, LookupError, TypeError, ValueError, RecursionError) as e:
        # Runtime errors in a template are the template's fault: report its line, never a traceback.
        where = _where(e, roots)
        plain = isinstance(e, TemplateUsage) or isinstance(e, TemplateError) and e.message
        problem = str(e.message if isinstance(e, TemplateError) else e) if plain else f"{type(e).__name__}: {e}"
        raise WorkplanError("template-error", where, problem=problem) from None


def _where(e: Exception, roots: set[str]) -> Pos | None:
    """The innermost template frame of the traceback (jinja maps frames to template lines)."""
    for frame in reversed(traceback.extract_tb(e.__traceback__)):
        if any(frame.filename.startswith(root) for root in roots):
            return _pos(frame.filename, frame.lineno)
    return None


def _pos(filename: str | None, line: int | None) -> Pos | None:
    if not filename:
        return None
    try:
        shown = str(Path(filename).relative_to(Path.cwd()))
    except ValueError:
        shown = filename
    return Pos(shown, line or 1, 1)
