using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace FamilyBridge.Media.Services;

/// <summary>
/// Raises Kestrel's body limit and the multipart form limit on the upload page only, to
/// <see cref="MediaOptions.RequestLimitBytes"/>: an image a little or a lot over the limit then reaches the page,
/// which says in words what is wrong and keeps the alt text typed.
/// </summary>
public sealed class UploadLimitsConvention(string pagePath, long limitBytes) : IPageApplicationModelConvention
{
    public void Apply(PageApplicationModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!string.Equals(model.ViewEnginePath, pagePath, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        model.EndpointMetadata.Add(new SizeLimit(limitBytes));
        model.EndpointMetadata.Add(new FormLimits(new FormOptions { MultipartBodyLengthLimit = limitBytes }));
    }

    private sealed record SizeLimit(long? MaxRequestBodySize) : IRequestSizeLimitMetadata;

    private sealed record FormLimits(FormOptions FormOptions) : IFormOptionsMetadata
    {
        public bool? BufferBody => null;

        public int? MemoryBufferThreshold => null;

        public long? BufferBodyLengthLimit => null;

        public int? ValueCountLimit => null;

        public int? KeyLengthLimit => null;

        public int? ValueLengthLimit => null;

        public int? MultipartBoundaryLengthLimit => null;

        public int? MultipartHeadersCountLimit => null;

        public int? MultipartHeadersLengthLimit => null;

        public long? MultipartBodyLengthLimit => FormOptions.MultipartBodyLengthLimit;
    }
}
