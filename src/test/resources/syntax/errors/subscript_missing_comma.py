x = a["k" "j" x]
