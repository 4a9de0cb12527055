class Quiet(Exception):
    def __str__(self):
        return ""


try:
    raise Quiet("hidden")
except Quiet as e:
    print("caught", repr(e))


class Loud(Exception):
    def __str__(self):
        return "LOUD: " + self.args[0]


raise Loud("volume")
