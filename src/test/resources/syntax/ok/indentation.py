if a:
	if b:
		x = 1
	else:
		y = (1,
  2,
      3)
z = [
    1,
    2,
]
w = 1 + \
    2
if x: y = 1; z = 2;
if (a and
        b):
    pass
# comment only

    # indented comment
def f():

    return 1
     # odd comment

x = {
    'a': 1,  # trailing
}
