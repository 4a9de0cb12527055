x = f'{a["k" "j" x]}'
