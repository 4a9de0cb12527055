if x "s"
