class AppError(Exception):
    """Base for the app's errors."""


class RetryableError(AppError):
    def __init__(self, message, attempts):
        super().__init__(message)
        self.attempts = attempts

    def __str__(self):
        return f"{self.args[0]} (after {self.attempts} attempts)"


class ValidationError(AppError):
    def __init__(self, field, problem):
        self.field = field
        self.problem = problem
        super().__init__(field, problem)


class Silent(Exception):
    def __init__(self):
        pass


try:
    raise RetryableError("timeout", 3)
except AppError as e:
    print(type(e).__name__, e, repr(e), e.args, e.attempts, isinstance(e, Exception))
try:
    raise ValidationError("age", "negative")
except ValidationError as e:
    print(e, repr(e), e.field, e.problem, e.args)
e = Silent()
print(repr(e), str(e) == "", e.args)
print(repr(AppError()), repr(AppError("a", 2)), str(AppError("a", 2)), str(KeyError("k")), str(KeyError("a", "b")))
print(AppError.__doc__, AppError.__mro__[1:3])
errors = []
for exc in (ValueError("v"), RetryableError("r", 1), KeyError("k")):
    try:
        raise exc
    except (ValueError, KeyError) as caught:
        errors.append(f"builtin {caught!r}")
    except AppError as caught:
        errors.append(f"app {caught}")
print(errors)


def fail():
    raise RetryableError("db down", 5)


try:
    try:
        fail()
    except RetryableError as e:
        raise ValidationError("conn", "bad") from e
except ValidationError as outer:
    print(repr(outer.__cause__), outer.__suppress_context__, outer.__context__ is outer.__cause__)
e = ValueError("note me")
e.add_note("first note")
e.add_note("second")
print(e.__notes__)
raise RetryableError("final", 9)
