match = re_match(pattern)
match(x)
match.group(1)
match[0] = 1
ﬁle = 1
print(ﬁle, file)
