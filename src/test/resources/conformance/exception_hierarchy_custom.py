class ServiceError(Exception):
    pass

class RetryableError(ServiceError):
    pass

class FatalError(ServiceError):
    def __str__(self):
        return f"fatal: {self.args[0]}"

errors = [RetryableError("timeout"), FatalError("corrupt"), ValueError("other")]
for err in errors:
    try:
        raise err
    except RetryableError as e:
        print("retry", e)
    except ServiceError as e:
        print("service", e, repr(e))
    except Exception as e:
        print("generic", type(e).__name__, e)
print(isinstance(FatalError("x"), ServiceError), isinstance(errors[0], Exception))
raise FatalError("disk")
