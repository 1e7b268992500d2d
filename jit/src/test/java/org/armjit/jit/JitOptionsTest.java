package org.armjit.jit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JitOptionsTest {
    @Test
    void defaultsArePyPys() {
        JitOptions o = JitOptions.defaults();
        assertTrue(o.enabled());
        assertEquals(1039, o.get(JitParameter.THRESHOLD));
        assertEquals(1619, o.get(JitParameter.FUNCTION_THRESHOLD));
        assertEquals(200, o.get(JitParameter.TRACE_EAGERNESS));
        assertEquals(40, o.get(JitParameter.DECAY));
        assertEquals(6000, o.get(JitParameter.TRACE_LIMIT));
        assertEquals(1000, o.get(JitParameter.LOOP_LONGEVITY));
        assertEquals(15, o.get(JitParameter.MAX_RETRACE_GUARDS));
        assertEquals(7, o.get(JitParameter.MAX_UNROLL_RECURSION));
        assertEquals(JitOptions.ALL_OPTS, o.enabledOpts());
    }

    @Test
    void parsesNameValuePairsAndOff() {
        JitOptions o = JitOptions.parse("threshold=1,function_threshold=2,trace_eagerness=3");
        assertEquals(1, o.get(JitParameter.THRESHOLD));
        assertEquals(2, o.get(JitParameter.FUNCTION_THRESHOLD));
        assertEquals(3, o.get(JitParameter.TRACE_EAGERNESS));
        assertEquals(6000, o.get(JitParameter.TRACE_LIMIT));
        assertFalse(JitOptions.parse("off").enabled());
        assertEquals(java.util.Set.of("intbounds", "heap"), JitOptions.parse("enable_opts=intbounds:heap").enabledOpts());
    }

    @Test
    void rejectsUnknownNamesAndBadValues() {
        assertEquals("--jit: unknown parameter 'treshold' (see armjit run --help)",
                assertThrows(IllegalArgumentException.class, () -> JitOptions.parse("treshold=5")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> JitOptions.parse("threshold=-1"));
        assertThrows(IllegalArgumentException.class, () -> JitOptions.parse("threshold"));
        assertThrows(IllegalArgumentException.class, () -> JitOptions.parse("enable_opts=fast"));
    }
}
