package io.kefu.platform.internal.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The web shell every page shares: the page language (Chinese or English, from {@code ?lang=},
 * then a cookie, then the browser's Accept-Language), the cross-origin rules that let the chat
 * widget run on a merchant's own site, and problem details even for what Tomcat refuses itself.
 */
@Configuration
class WebShellConfiguration implements WebMvcConfigurer {

    static final List<Locale> LANGUAGES = List.of(Locale.CHINESE, Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("kefu-lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> {
            Locale asked = request.getLocale();
            return asked != null && "en".equals(asked.getLanguage()) ? Locale.ENGLISH : Locale.CHINESE;
        });
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }

    /**
     * Tomcat answers requests it refuses before the application (an encoded {@code ../}) through
     * the host's error report valve: ours writes problem details. It replaces the valve Spring Boot
     * installs, so it runs after Boot's customizer.
     */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemDetailsFromTomcat() {
        return factory -> factory.addContextCustomizers(context -> {
            StandardHost host = (StandardHost) context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.getPipeline().addValve(new ProblemErrorReportValve());
            host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
        });
    }

    /**
     * The widget is embedded on any shop's pages and talks to the customer side of the API with a
     * bearer token, never a cookie, so any origin may call it. Everything else stays same-origin.
     */
    @Bean
    CorsConfigurationSource corsConfigurationSource() {
        CorsConfiguration widget = new CorsConfiguration();
        widget.addAllowedOriginPattern("*");
        widget.setAllowedMethods(List.of("GET", "POST"));
        widget.setAllowedHeaders(List.of("Authorization", "Content-Type"));
        widget.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/v1/conversations", widget);
        source.registerCorsConfiguration("/api/v1/conversations/**", widget);
        return source;
    }
}
