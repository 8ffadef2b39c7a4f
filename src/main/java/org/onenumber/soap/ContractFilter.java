package org.onenumber.soap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Clears a request's contract violations when it ends, whatever became of it (see {@link ContractViolations}). */
@WebFilter("/ws/*")
public class ContractFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ContractViolations.clear();
        try {
            chain.doFilter(request, response);
        } finally {
            ContractViolations.clear();
        }
    }
}
