x = f"{a =}" + f"{b!x}"
