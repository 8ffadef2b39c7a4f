package org.onenumber.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.onenumber.platform.boundary.ResponseDefences;

/** The browser's own defences (see {@link ResponseDefences}) on every answer that passes the filters. */
@WebFilter("/*")
public class SecurityHeaders extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ResponseDefences.apply(response);
        chain.doFilter(request, response);
    }
}
