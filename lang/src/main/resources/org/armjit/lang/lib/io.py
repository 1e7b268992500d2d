# armjit's io: StringIO.


class StringIO:
    def __init__(self, initial_value=""):
        self._parts = [initial_value] if initial_value else []
        self._pos = 0
        self.closed = False

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        self._parts.append(s)
        return len(s)

    def getvalue(self):
        if len(self._parts) > 1:
            self._parts = ["".join(self._parts)]
        return self._parts[0] if self._parts else ""

    def read(self):
        value = self.getvalue()
        rest = value[self._pos:]
        self._pos = len(value)
        return rest

    def readline(self):
        value = self.getvalue()
        end = value.find("\n", self._pos)
        end = len(value) if end < 0 else end + 1
        line = value[self._pos:end]
        self._pos = end
        return line

    def seek(self, pos):
        self._pos = pos
        return pos

    def close(self):
        self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def __iter__(self):
        while True:
            line = self.readline()
            if not line:
                return
            yield line
