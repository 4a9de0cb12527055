x = f"{a:{b:{c:x{d}}}}"
