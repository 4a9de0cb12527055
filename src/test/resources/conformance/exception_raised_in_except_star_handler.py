def run():
    try:
        raise ExceptionGroup("io", [OSError("read failed"), ValueError("parse failed")])
    except* OSError:
        raise RuntimeError("recovery failed")

run()
