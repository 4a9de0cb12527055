def validate(record):
    problems = []
    if not record.get("name"):
        problems.append(ValueError("name is empty"))
    if record.get("age", 0) < 0:
        problems.append(ValueError("age is negative"))
    if problems:
        raise ExceptionGroup(f"record {record.get('id')} invalid", problems)

validate({"id": 1, "name": "ok", "age": 3})
print("record 1 valid")
validate({"id": 2, "name": "", "age": -1})
