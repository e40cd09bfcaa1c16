package io.kefu.platform.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import io.kefu.platform.CallerResolver;

/**
 * Stateless bearer-token security. Store data and operations are for the admin; a conversation is
 * open to its own customer token, agents and the admin (checked per conversation by its module).
 * Agents log in publicly; the agent desk is for every agent role, supervision and analytics for
 * supervisors and admins (the admin token counts as an admin). An agent with the ADMIN role holds
 * the same authority as the admin token.
 */
@Configuration
class SecurityConfiguration {

    /**
     * Pages run only their own scripts and styles: no inline script, so a message that sneaks
     * markup past the text rendering still cannot execute. Images may come from blobs (upload
     * previews) and data URLs.
     */
    private static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; connect-src 'self' ws: wss:; frame-ancestors 'self'; base-uri 'self'; form-action 'self'";

    /**
     * A path the firewall refuses (an encoded {@code ../}, {@code //}, {@code ;}) gets problem
     * details, not the container's error page.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ProblemWriter problems) {
        return (request, response, e) -> problems.write(response, HttpStatus.BAD_REQUEST,
                "The request path is not allowed (for example, an encoded '../').");
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, CallerResolver callers, ProblemWriter problems) throws Exception {
        http.csrf(AbstractHttpConfigurer::disable)
            .cors(Customizer.withDefaults())
            .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(PAGE_POLICY)))
            .httpBasic(AbstractHttpConfigurer::disable)
            .formLogin(AbstractHttpConfigurer::disable)
            .logout(AbstractHttpConfigurer::disable)
            .requestCache(AbstractHttpConfigurer::disable)
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .addFilterBefore(new BearerTokenFilter(callers, problems), AnonymousAuthenticationFilter.class)
            .exceptionHandling(errors -> errors
                .authenticationEntryPoint((request, response, e) ->
                        problems.write(response, HttpStatus.UNAUTHORIZED, "A bearer token is required."))
                .accessDeniedHandler((request, response, e) ->
                        problems.write(response, HttpStatus.FORBIDDEN, "This token does not grant access to this resource.")))
            .authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/actuator/**").hasRole("ADMIN")
                .requestMatchers(HttpMethod.POST, "/api/v1/conversations").permitAll()
                .requestMatchers("/api/v1/conversations/**").authenticated()
                .requestMatchers(HttpMethod.POST, "/api/v1/auth/login").permitAll()
                .requestMatchers(HttpMethod.PUT, "/api/v1/agents").hasRole("ADMIN")
                .requestMatchers("/api/v1/agent/**").hasAnyRole("AGENT", "SUPERVISOR", "ADMIN")
                .requestMatchers("/api/v1/supervisor/**", "/api/v1/analytics/**").hasAnyRole("SUPERVISOR", "ADMIN")
                // knowledge curation (API §4) and the FAQ entries themselves are also for supervisors
                .requestMatchers("/api/v1/knowledge", "/api/v1/knowledge/**").hasAnyRole("ADMIN", "SUPERVISOR")
                // supervisors review the privacy requests shoppers file; export and erasure stay with the admin
                .requestMatchers("/api/v1/privacy/**").hasAnyRole("ADMIN", "SUPERVISOR")
                .requestMatchers("/api/v1/**").hasRole("ADMIN")
                // the channels' callbacks (WeChat, WeCom, webhooks) carry no Kefu token: each checks its platform's signature
                .requestMatchers("/channels/**").permitAll()
                // page fragments (htmx) carry the signed-in agent's bearer token like the API
                .requestMatchers("/supervisor/fragments/**", "/knowledge/fragments/**", "/privacy/fragments/**").hasAnyRole("SUPERVISOR", "ADMIN")
                .anyRequest().permitAll());
        return http.build();
    }
}
