print("hello" + )
