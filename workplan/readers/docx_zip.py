"""The XML parts of a .docx, read from its zip without inflating anything too large (a zip bomb)."""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Callable

from ..errors import WorkplanError
from ..sources import megabytes

MAX_XML_BYTES = 64 * 1024 * 1024


def docx_parts(data: bytes, path: str, wanted: tuple[str, ...],
               not_docx: Callable[[str], WorkplanError]) -> dict[str, bytes]:
    """The parts of `wanted` the package has; `not_docx(reason)` is raised when it is no zip at all, or a
    damaged one (a part that does not inflate)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = set(z.namelist())
            present = [z.getinfo(n) for n in wanted if n in names]
            for info in present:
                if info.file_size > MAX_XML_BYTES:
                    raise WorkplanError("docx-part-too-large", path=path, part=info.filename,
                                        size=megabytes(info.file_size), limit=megabytes(MAX_XML_BYTES))
            return {info.filename: z.read(info) for info in present}
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, ValueError, NotImplementedError) as e:
        raise not_docx(str(e) or type(e).__name__) from e
