package org.armjit.lang.ast;

import java.util.List;

/** A parsed source file. */
public record Module(List<Stmt> body) {
}
