print("a" "b"
