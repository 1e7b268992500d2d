package org.armjit.cli.viewer;

import org.armjit.cli.jitlog.JitLog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The viewer's page: the template (viewer.html, its script and styles inline) with the model put in. */
public final class ViewerPage {
    private static final String SLOT = "/*ARMJIT_DATA*/null";

    private ViewerPage() {}

    public static String render(JitLog log) {
        String template;
        try (InputStream in = ViewerPage.class.getResourceAsStream("viewer.html")) {
            if (in == null) throw new IllegalStateException("viewer.html missing from the jar");
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("reading viewer.html: " + e.getMessage(), e);
        }
        int at = template.indexOf(SLOT);
        if (at < 0) throw new IllegalStateException("viewer.html has no data slot");
        return template.substring(0, at) + ViewerModel.toScriptJson(ViewerModel.build(log)) + template.substring(at + SLOT.length());
    }
}
