package io.kefu.platform.internal.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
 * then a cookie, then the browser's Accept-Language) and the cross-origin rules that let the chat
 * widget run on a merchant's own site.
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
