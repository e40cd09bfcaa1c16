/**
 * Cross-cutting platform services: who is calling (tokens and roles), rate limits, request limits,
 * configuration and the problem-details error contract shared by every HTTP endpoint.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.kefu.platform;
