def nest(depth):
    group = ExceptionGroup("level 0", [ValueError("leaf")])
    for level in range(1, depth):
        group = ExceptionGroup(f"level {level}", [group])
    return group


raise nest(13)
