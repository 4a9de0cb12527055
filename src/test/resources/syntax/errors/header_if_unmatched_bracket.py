if x ]
