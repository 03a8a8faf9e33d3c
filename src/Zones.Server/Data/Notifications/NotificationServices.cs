using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Zones.Server.Data.Notifications;

/// <summary>Registers notifications, webhooks and the scheduler (bound from <c>Zones:Notify</c>).</summary>
public static class NotificationServices
{
    public static IServiceCollection AddZonesNotifications(this IServiceCollection s)
    {
        s.AddOptions<NotifyOptions>().BindConfiguration(NotifyOptions.Section)
            .Validate(o => o.Valid(), "Zones:Notify is invalid: WebhookBackoffSeconds must look like 10,60,300 and every number be positive.")
            .ValidateOnStart();
        s.TryAddSingleton(TimeProvider.System);
        s.TryAddSingleton(sp => sp.GetRequiredService<IOptions<NotifyOptions>>().Value);
        s.TryAddSingleton<NotificationStore>();
        s.TryAddSingleton<NotificationFeed>();
        s.TryAddSingleton<WebhookStore>();
        s.TryAddSingleton<WebhookAddressPolicy>();
        s.TryAddSingleton<WebhookSender>();
        s.TryAddSingleton<NotificationScheduler>();
        s.TryAddSingleton<WebhookAdmin>();
        s.AddHostedService<NotificationSchedulerService>();
        return s;
    }
}
