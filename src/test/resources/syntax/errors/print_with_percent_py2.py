print "%d" % 5
