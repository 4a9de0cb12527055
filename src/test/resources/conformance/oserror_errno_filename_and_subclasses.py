e=OSError(1,2,3,4); print(repr(e), e.args, e.errno, str(e), e.filename)
e=OSError(1,2,3,4,5,6); print(repr(e), e.args, e.errno, str(e), e.filename)
e=OSError(1,2,3,4,5); print(repr(e), e.args, e.errno, str(e), e.filename, e.filename2)
e=OSError(1,"x", None); print(repr(e), e.args, str(e))
e=OSError(1); print(repr(e), e.args, str(e), e.errno)
for errno in (2, 13, 111, 110, 99):
    err = OSError(errno, "message")
    print(type(err).__name__, isinstance(err, OSError), err.errno, err.strerror)
try:
    raise ConnectionRefusedError(111, "Connection refused", "db:5432")
except ConnectionError as e:
    print(type(e).__mro__[1].__name__, e, e.filename, e.args)
print(issubclass(TimeoutError, OSError), IOError is OSError)


class ServiceDown(OSError):
    def __init__(self, service):
        super().__init__(111, "service down", service)
        self.service = service


s = ServiceDown("cache")
print(repr(s), s, s.errno, s.filename, s.service, type(s).__name__)
