x = rf"abc {x}
