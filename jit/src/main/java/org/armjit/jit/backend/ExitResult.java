package org.armjit.jit.backend;

/** How a run of compiled code ended: a finish, or a guard failing (with the state to resume in). */
public sealed interface ExitResult permits Finished, ExitState {
}
