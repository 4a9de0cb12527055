café = "héllo wörld"; naïve = len(café) + len("日本語")
print(café, naïve, "½".isnumeric(), "x".upper())
def größe(λ=1, *, ñ="ü"):
    return f"{λ}→{ñ!r:>5}", 'é' 'ß'
