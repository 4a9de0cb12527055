package io.loopwise.engine.syntax;

/** Kinds of token the {@link Lexer} produces; operators and keywords each get their own kind. */
public enum TokenType {
    NAME(null), INT(null), FLOAT(null), STRING(null), NEWLINE(null), INDENT(null), DEDENT(null), EOF(null),
    /** A complex literal such as {@code 1j}: lexed so the parser can reject it with a clear message. */
    IMAGINARY(null),

    LPAR("("), RPAR(")"), LSQB("["), RSQB("]"), LBRACE("{"), RBRACE("}"),
    COLON(":"), COMMA(","), SEMI(";"), DOT("."), ELLIPSIS("..."), ARROW("->"), AT("@"), WALRUS(":="),
    PLUS("+"), MINUS("-"), STAR("*"), SLASH("/"), DOUBLESLASH("//"), PERCENT("%"), DOUBLESTAR("**"),
    VBAR("|"), AMPER("&"), CIRCUMFLEX("^"), TILDE("~"), LEFTSHIFT("<<"), RIGHTSHIFT(">>"),
    EQUAL("="), EQEQUAL("=="), NOTEQUAL("!="), LESS("<"), GREATER(">"), LESSEQUAL("<="), GREATEREQUAL(">="),
    /** A lone {@code !}: only meaningful as the conversion marker inside an f-string replacement field. */
    EXCLAMATION("!"),
    PLUSEQUAL("+="), MINEQUAL("-="), STAREQUAL("*="), SLASHEQUAL("/="), DOUBLESLASHEQUAL("//="),
    PERCENTEQUAL("%="), DOUBLESTAREQUAL("**="), ATEQUAL("@="), VBAREQUAL("|="), AMPEREQUAL("&="),
    CIRCUMFLEXEQUAL("^="), LEFTSHIFTEQUAL("<<="), RIGHTSHIFTEQUAL(">>="),

    FALSE("False"), NONE("None"), TRUE("True"), AND("and"), AS("as"), ASSERT("assert"), ASYNC("async"),
    AWAIT("await"), BREAK("break"), CLASS("class"), CONTINUE("continue"), DEF("def"), DEL("del"), ELIF("elif"),
    ELSE("else"), EXCEPT("except"), FINALLY("finally"), FOR("for"), FROM("from"), GLOBAL("global"), IF("if"),
    IMPORT("import"), IN("in"), IS("is"), LAMBDA("lambda"), NONLOCAL("nonlocal"), NOT("not"), OR("or"),
    PASS("pass"), RAISE("raise"), RETURN("return"), TRY("try"), WHILE("while"), WITH("with"), YIELD("yield");

    private final String text;

    TokenType(String text) {
        this.text = text;
    }

    /** The fixed spelling of an operator or keyword, null for NAME, literals and layout tokens. */
    public String text() {
        return text;
    }

    /** The keyword spelled {@code s}, or null if {@code s} is an ordinary identifier. */
    static TokenType keyword(String s) {
        switch (s) {
            case "False": return FALSE;
            case "None": return NONE;
            case "True": return TRUE;
            case "and": return AND;
            case "as": return AS;
            case "assert": return ASSERT;
            case "async": return ASYNC;
            case "await": return AWAIT;
            case "break": return BREAK;
            case "class": return CLASS;
            case "continue": return CONTINUE;
            case "def": return DEF;
            case "del": return DEL;
            case "elif": return ELIF;
            case "else": return ELSE;
            case "except": return EXCEPT;
            case "finally": return FINALLY;
            case "for": return FOR;
            case "from": return FROM;
            case "global": return GLOBAL;
            case "if": return IF;
            case "import": return IMPORT;
            case "in": return IN;
            case "is": return IS;
            case "lambda": return LAMBDA;
            case "nonlocal": return NONLOCAL;
            case "not": return NOT;
            case "or": return OR;
            case "pass": return PASS;
            case "raise": return RAISE;
            case "return": return RETURN;
            case "try": return TRY;
            case "while": return WHILE;
            case "with": return WITH;
            case "yield": return YIELD;
            default: return null;
        }
    }
}
