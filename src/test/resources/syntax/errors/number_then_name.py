x = 5apples
