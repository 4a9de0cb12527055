e = ValueError("with notes")
e.add_note("first note")
e.add_note("multi\nline note")
e.add_note("")
print(e.__notes__)
raise e
