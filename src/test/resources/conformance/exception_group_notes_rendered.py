def validate(order):
    problems = []
    for field in ("id", "qty"):
        if field not in order:
            err = KeyError(field)
            err.add_note(f"order {order.get('ref', '?')} lacks {field}")
            problems.append(err)
    group = ExceptionGroup("invalid order", problems)
    group.add_note("checked 2 fields")
    group.add_note("first line\nsecond line")
    raise group


validate({"ref": "A7"})
