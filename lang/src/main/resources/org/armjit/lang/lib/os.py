# armjit's os: the few file operations programs need around open().
import _fileio

sep = "/"
linesep = "\n"


def remove(path):
    _fileio.remove(path)


unlink = remove


class _Path:
    def exists(self, path):
        return _fileio.exists(path)

    def join(self, *parts):
        out = ""
        for p in parts:
            if p.startswith("/"):
                out = p
            elif not out or out.endswith("/"):
                out += p
            else:
                out += "/" + p
        return out


path = _Path()
