s = """first line
    second "quoted" line
third"""
print(s)
print(len(s), s.count("\n"))
print(r"raw \n stays", "tab:\t|", "newline escaped:\\n", 'single \'quoted\'')
print("adjacent " "literals " 'join')
print("unicode: \u00e9 \u2713", "caf\xe9")
long = ("a"
        "b"
        "c")
print(long, "x" + "y" * 3, "-" * 10)
print(f"""multi
{long.upper()}""")
