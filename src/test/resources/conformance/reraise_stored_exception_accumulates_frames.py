saved = []

def record():
    try:
        {}["token"]
    except KeyError as e:
        saved.append(e)

def replay():
    raise saved[0]

record()
print("recorded", repr(saved[0]))
replay()
