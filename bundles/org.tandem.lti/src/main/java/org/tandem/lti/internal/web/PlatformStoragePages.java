package org.tandem.lti.internal.web;

import static org.tandem.lti.internal.Texts.TEXT;

import java.net.URI;

/**
 * The LTI Client Side postMessage API ("Platform Storage"): where a browser blocks the tool's cookie in
 * the LMS frame, state and nonce are kept by the platform's storage frame instead. At login the page
 * stores them ({@code lti.put_data}) and goes on to the platform; at launch the page reads the state
 * back ({@code lti.get_data}) and, if it matches, posts the launch again marked as verified.
 */
final class PlatformStoragePages {
    private PlatformStoragePages() {
    }

    static String store(LoginFlow.Started s) {
        String origin = origin(s.registration().authLoginUrl());
        return "<h1>" + Pages.esc(TEXT.format("page.opening")) + "</h1><p class=\"muted\">"
                + Pages.esc(TEXT.format("page.connecting")) + "</p>"
                + "<p><a class=\"button\" href=\"" + Pages.esc(s.authRedirect()) + "\">"
                + Pages.esc(TEXT.format("page.continue")) + "</a></p>"
                + "<script>" + frameScript(s.login().storageTarget(), origin)
                + "Promise.all([put('state_'+" + Pages.js(s.login().state()) + "," + Pages.js(s.login().state()) + "),"
                + "put('nonce_'+" + Pages.js(s.login().nonce()) + "," + Pages.js(s.login().nonce()) + ")])"
                + ".finally(function(){location.href=" + Pages.js(s.authRedirect()) + ";});"
                + "function put(k,v){return ask({subject:'lti.put_data',key:k,value:v});}"
                + "</script>";
    }

    static String verify(String storageTarget, String platformOrigin, String idToken, String state) {
        return "<h1>" + Pages.esc(TEXT.format("page.opening")) + "</h1><p class=\"muted\">"
                + Pages.esc(TEXT.format("page.checking")) + "</p>"
                + "<form id=\"f\" method=\"post\" action=\"launch\"><input type=\"hidden\" name=\"id_token\" value=\""
                + Pages.esc(idToken) + "\"><input type=\"hidden\" name=\"state\" value=\"" + Pages.esc(state) + "\">"
                + "<input type=\"hidden\" name=\"platform_storage\" value=\"verified\"></form>"
                + "<p id=\"failed\" hidden>" + Pages.esc(TEXT.format("page.not-confirmed")) + "</p>"
                + "<script>" + frameScript(storageTarget, platformOrigin)
                + "ask({subject:'lti.get_data',key:'state_'+" + Pages.js(state) + "}).then(function(r){"
                + "if(r&&r.value===" + Pages.js(state) + "){document.getElementById('f').submit();}"
                + "else{document.getElementById('failed').hidden=false;}},function(){"
                + "document.getElementById('failed').hidden=false;});</script>";
    }

    /** {@code ask(message)}: posts to the platform's storage frame and resolves with its response. */
    private static String frameScript(String target, String origin) {
        return "var frame=" + Pages.js(target) + "==='_parent'?window.parent:(window.parent.frames["
                + Pages.js(target) + "]||window.parent);var origin=" + Pages.js(origin) + ";"
                + "function ask(m){return new Promise(function(ok,fail){var id=Math.random().toString(36).slice(2);"
                + "m.message_id=id;var t=setTimeout(function(){fail('timeout');},2000);"
                + "window.addEventListener('message',function h(e){if(e.origin!==origin||!e.data||e.data.message_id!==id)"
                + "{return;}clearTimeout(t);window.removeEventListener('message',h);"
                + "e.data.error?fail(e.data.error):ok(e.data);});frame.postMessage(m,origin);});}";
    }

    static String origin(String url) {
        URI u = URI.create(url);
        return u.getScheme() + "://" + u.getHost() + (u.getPort() == -1 ? "" : ":" + u.getPort());
    }
}
