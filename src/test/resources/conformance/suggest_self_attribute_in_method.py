class Worker:
    def __init__(self, name):
        self.name = name
        self.jobs = []

    def report(self):
        print("worker", self.name)
        return len(jobs)


Worker("w1").report()
