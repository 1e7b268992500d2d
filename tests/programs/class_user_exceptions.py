# User exception classes: hierarchies, extra attributes, custom messages.
class AppError(Exception):
    pass
class ConfigError(AppError):
    def __init__(self, key, problem):
        super().__init__("config key %r: %s" % (key, problem))
        self.key = key
class NetworkError(AppError):
    pass

def load(which):
    if which == 1:
        raise ConfigError("port", "must be a number")
    if which == 2:
        raise NetworkError("host unreachable")
    if which == 3:
        raise AppError
    if which == 4:
        raise ValueError("plain value error")
    return "loaded"

for w in range(5):
    try:
        print(load(w))
    except ConfigError as e:
        print("config:", e, "| key =", e.key)
    except AppError as e:
        print("app:", repr(e), isinstance(e, NetworkError))
    except Exception as e:
        print("other:", e)
try:
    raise NetworkError("a", "b")
except AppError as e:
    print(str(e), repr(e))
