class A(metaclass=M, ):
    pass
class B(x for x in y):
    pass
