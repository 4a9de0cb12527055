if x )
