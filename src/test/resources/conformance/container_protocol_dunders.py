class Deck:
    def __init__(self, cards):
        self.cards = list(cards)

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, i):
        return self.cards[i]

    def __contains__(self, card):
        print("contains", card)
        return card in self.cards

    def __bool__(self):
        return len(self.cards) > 1


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * i


d = Deck("AKQJ")
print(len(d), d[0], d[-1], d[1:3], "Q" in d, "2" in d)
print(list(reversed(d)), [c for c in d], bool(d), bool(Deck("A")))
if Deck(""):
    print("truthy")
else:
    print("falsy")
print(list(Countdown(3)), sum(Countdown(4)), max(Countdown(5)))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
print(list(OnlyGetitem()), 4 in OnlyGetitem(), 1 in OnlyGetitem())
a, b, c = OnlyGetitem()
print(a, b, c)
try:
    len(Countdown(1))
except TypeError as e:
    print("TypeError:", e)
